namespace ClinicSite.Cli.Serve;

/// <summary>
/// The small script 'serve' adds to every HTML page it sends (never to files on disk) and the stylesheet of its
/// error page. Both are served from /_clinicsite/ so a site's Content-Security-Policy of 'self' allows them.
/// </summary>
internal static class ReloadAssets
{
    public const string Prefix = "/_clinicsite/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "errors.css";

    /// <summary>The tag put before &lt;/body&gt;; data-build is the build number the page was served at.</summary>
    public static string ScriptTag(int build) => $"<script src=\"{ScriptPath}\" data-build=\"{build}\"></script>";

    public const string Script = """
        // Added by 'clinicsite serve' only: reloads this page when the site is rebuilt.
        (() => {
          'use strict';
          const me = document.currentScript;
          let build = Number(me && me.dataset.build);
          const source = new EventSource('/_clinicsite/events');
          const reload = () => { source.close(); location.reload(); };
          const data = (event) => { try { return JSON.parse(event.data); } catch { return {}; } };
          source.addEventListener('hello', (event) => {
            // A different number means this page missed a rebuild (a dropped connection or a restarted server).
            if (data(event).build !== build) reload();
          });
          source.addEventListener('reload', reload);
          source.addEventListener('broken', reload);
          source.addEventListener('css', (event) => {
            const payload = data(event);
            const swaps = payload.stylesheets || {};
            let swapped = 0;
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const next = swaps[new URL(link.href, location.href).pathname];
              if (!next) continue;
              const copy = link.cloneNode();
              copy.href = next;
              // Remove the old sheet only once the new one has loaded, so the page never shows unstyled.
              copy.addEventListener('load', () => link.remove());
              link.after(copy);
              swapped++;
            }
            if (swapped === 0) reload(); else build = payload.build;
          });
        })();

        """;

    public const string Style = """
        :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
        body { margin: 0; padding: 2rem 1rem; }
        main { max-width: 60rem; margin: 0 auto; }
        h1 { color: #a00; font-size: 1.6rem; margin-top: 0; }
        ol { padding-left: 1.5rem; }
        li { margin-bottom: 1rem; }
        .where { font-family: ui-monospace, monospace; font-weight: bold; margin: 0; overflow-wrap: anywhere; }
        .message { margin: 0.25rem 0 0; }
        @media (prefers-color-scheme: dark) { h1 { color: #ff8a80; } }

        """;
}
