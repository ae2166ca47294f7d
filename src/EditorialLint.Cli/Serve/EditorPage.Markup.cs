namespace EditorialLint.Cli.Serve;

/// <summary>The editor page's markup.</summary>
internal static partial class EditorPage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>EditorialLint</title>
        <link rel="stylesheet" href="/editor.css">
        <script src="/editor.js" defer></script>
        </head>
        <body>
        <header>
          <h1>EditorialLint</h1>
          <span id="rules-info" class="muted"></span>
        </header>
        <main>
          <section class="editor-pane" aria-label="Article">
            <div class="toolbar">
              <button id="check" type="button" class="primary" title="Check the article (Ctrl+Enter)">Check</button>
              <span class="muted hint"><kbd>Ctrl</kbd>+<kbd>Enter</kbd></span>
              <label>Format
                <select id="format">
                  <option value="text">Plain text</option>
                  <option value="markdown">Markdown</option>
                  <option value="html">HTML</option>
                </select>
              </label>
              <span id="status" class="status" role="status" aria-live="polite"></span>
            </div>
            <div class="editor" id="editor">
              <div class="backdrop" id="backdrop" aria-hidden="true"><div class="highlights" id="highlights"></div></div>
              <textarea id="text" spellcheck="false" aria-label="Article text"
                placeholder="Paste or type an article, then press Check (Ctrl+Enter)."></textarea>
            </div>
          </section>
          <aside class="findings-pane" aria-label="Findings">
            <h2>Findings <span id="count" class="count"></span></h2>
            <p id="summary" class="muted">Nothing checked yet.</p>
            <div id="groups"></div>
          </aside>
        </main>
        <div id="popover" class="popover" role="dialog" aria-label="Finding" hidden></div>
        </body>
        </html>
        """;
}
