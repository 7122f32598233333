// Passkeys (WebAuthn) on the sign-in and passkeys pages. A form marked data-passkey="get" or "create" asks the server
// for options, lets the browser's authenticator answer, then posts the answer in the form's PasskeyCredential field.
// A file rather than inline script: the content security policy allows none.
const supported = typeof window.PublicKeyCredential?.parseRequestOptionsFromJSON === 'function';

for (const form of document.querySelectorAll('form[data-passkey]')) {
    const status = form.querySelector('[data-passkey-status]');
    if (!supported) {
        form.querySelector('button[type=submit]').disabled = true;
        status.textContent = 'This browser cannot use passkeys.';
        continue;
    }

    form.addEventListener('submit', async event => {
        if (form.dataset.answered === 'true') {
            return; // the authenticator has answered: let the post go
        }

        event.preventDefault();
        status.textContent = '';
        try {
            const options = await fetch(form.dataset.optionsFrom, {
                method: 'POST',
                credentials: 'same-origin',
                headers: { RequestVerificationToken: form.querySelector('input[name=__RequestVerificationToken]').value },
            });
            if (!options.ok) {
                throw new Error(`the server answered ${options.status}`);
            }

            const json = await options.json();
            const credential = form.dataset.passkey === 'create'
                ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) })
                : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
            form.querySelector('input[name=PasskeyCredential]').value = JSON.stringify(credential);
            form.dataset.answered = 'true';
            form.requestSubmit();
        } catch (error) {
            status.textContent = error.name === 'NotAllowedError'
                ? 'No passkey was used (it was cancelled, or none is stored for this site).'
                : `The passkey did not work: ${error.message}.`;
        }
    });
}
