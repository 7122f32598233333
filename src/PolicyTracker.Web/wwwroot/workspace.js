// The buttons of the workspace's lost-connection notice (App.razor). A file rather than inline handlers: the
// content security policy allows no inline script.
document.addEventListener('click', async event => {
    if (event.target.closest('[data-reconnect]')) {
        // Resolves false when the server no longer knows this session; Blazor then shows the "ended" message.
        await Blazor.reconnect();
    } else if (event.target.closest('[data-reload]')) {
        location.reload();
    }
});

// Unsaved edits. The server marks the editor "dirty" or "clean" (data-unsaved-guard), but it hears of typing only
// when a field loses focus, and a click on a link leaves the page before that round trip ends. So typing is also
// noticed here, and forgotten each time the server re-marks the editor (after a save, the mark turns "clean").
let typedSinceMarked = false;
document.addEventListener('input', event => {
    if (event.target.closest('[data-unsaved-guard]')) {
        typedSinceMarked = true;
    }
});
new MutationObserver(() => { typedSinceMarked = false; })
    .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-unsaved-guard'] });
window.addEventListener('beforeunload', event => {
    const guard = document.querySelector('[data-unsaved-guard]');
    if (guard && (guard.dataset.unsavedGuard === 'dirty' || typedSinceMarked)) {
        event.preventDefault();
        event.returnValue = '';
    }
});
