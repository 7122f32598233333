using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace PolicyTracker.Web.Components.Layout;

/// <summary>
/// How the workspace's interactive parts run. Only those parts join a circuit: the layout and the pages' frames
/// are rendered statically around them, so an open tab keeps only its working part in server memory
/// (docs/performance.md). Not prerendered: nothing there is for search engines, and a form shown before its
/// circuit connects would drop what was typed into it.
/// </summary>
public static class WorkspaceRenderMode
{
    public static readonly IComponentRenderMode Interactive = new InteractiveServerRenderMode(prerender: false);
}
