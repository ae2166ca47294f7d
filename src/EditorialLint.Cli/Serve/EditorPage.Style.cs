namespace EditorialLint.Cli.Serve;

/// <summary>The editor page's style sheet; the textarea and the layer of underlines behind it must share every metric.</summary>
internal static partial class EditorPage
{
    private const string Style = """
        :root {
          --error: #c62828;
          --warning: #b45309;
          --suggestion: #1565c0;
          --ink: #1d1d1f;
          --muted: #5f6368;
          --line: #dcdcdc;
          --paper: #ffffff;
          --page: #f6f5f1;
          --editor-font: 16px/1.7 Georgia, "DejaVu Serif", "Liberation Serif", serif;
          color-scheme: light;
        }
        * { box-sizing: border-box; }
        html, body { height: 100%; margin: 0; }
        body {
          display: flex;
          flex-direction: column;
          font: 14px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", sans-serif;
          color: var(--ink);
          background: var(--page);
        }
        header {
          display: flex;
          align-items: baseline;
          gap: 12px;
          padding: 10px 16px;
          background: var(--paper);
          border-bottom: 1px solid var(--line);
        }
        header h1 { margin: 0; font-size: 17px; }
        .muted { color: var(--muted); }
        kbd { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; padding: 0 4px; border: 1px solid var(--line); border-radius: 3px; background: var(--page); }
        main { flex: 1; display: grid; grid-template-columns: minmax(0, 1fr) 400px; min-height: 0; }
        .editor-pane { display: flex; flex-direction: column; gap: 10px; min-height: 0; padding: 12px 16px; }
        .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
        button { font: inherit; cursor: pointer; border: 1px solid var(--line); border-radius: 6px; background: var(--paper); padding: 4px 10px; }
        button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; padding: 6px 18px; font-weight: 600; }
        button.primary:disabled { opacity: .6; cursor: progress; }
        select { font: inherit; padding: 3px 6px; }
        .status { color: var(--muted); }
        .status.error { color: var(--error); }
        .editor { position: relative; flex: 1; min-height: 320px; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
        .editor textarea, .backdrop {
          position: absolute;
          inset: 0;
          margin: 0;
          padding: 16px 18px;
          border: 0;
          font: var(--editor-font);
          letter-spacing: normal;
          word-spacing: normal;
          white-space: pre-wrap;
          overflow-wrap: break-word;
          word-break: normal;
          tab-size: 4;
          scrollbar-gutter: stable;
        }
        .backdrop { overflow: hidden; color: transparent; pointer-events: none; }
        .editor textarea { width: 100%; height: 100%; resize: none; overflow-y: auto; background: transparent; color: var(--ink); outline: none; z-index: 1; }
        .highlights mark {
          color: transparent;
          background: transparent;
          border-radius: 2px;
          text-decoration-line: underline;
          text-decoration-style: wavy;
          text-decoration-thickness: 1.5px;
          text-decoration-skip-ink: none;
          text-underline-offset: 4px;
        }
        .highlights mark.sev-error { text-decoration-color: var(--error); background: rgba(198, 40, 40, .08); }
        .highlights mark.sev-warning { text-decoration-color: var(--warning); background: rgba(180, 83, 9, .07); }
        .highlights mark.sev-suggestion { text-decoration-color: var(--suggestion); background: rgba(21, 101, 192, .06); }
        .highlights mark.active { background: rgba(250, 204, 21, .45); }
        .highlights .point { position: relative; }
        .highlights .point::after { content: ""; position: absolute; left: -1px; top: .2em; width: 2px; height: 1.3em; border-radius: 1px; }
        .highlights .point.sev-error::after { background: var(--error); }
        .highlights .point.sev-warning::after { background: var(--warning); }
        .highlights .point.sev-suggestion::after { background: var(--suggestion); }
        .findings-pane { overflow-y: auto; padding: 12px 16px 24px; background: var(--paper); border-left: 1px solid var(--line); }
        .findings-pane h2 { margin: 4px 0 2px; font-size: 16px; }
        .count { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 10px; background: var(--page); font-size: 12px; text-align: center; }
        .group { margin-top: 14px; }
        .group h3 { display: flex; justify-content: space-between; margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        .group ol { list-style: none; margin: 0; padding: 0; }
        .finding { border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; margin-bottom: 6px; background: var(--paper); }
        .finding.sev-error { border-left-color: var(--error); }
        .finding.sev-warning { border-left-color: var(--warning); }
        .finding.sev-suggestion { border-left-color: var(--suggestion); }
        .finding.active { box-shadow: 0 0 0 2px rgba(250, 204, 21, .8); }
        .goto { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 6px 8px; }
        .popover .goto { padding: 0 0 4px; }
        .meta { display: flex; gap: 8px; font-size: 12px; color: var(--muted); }
        .quote { font: var(--editor-font); font-size: 13px; }
        .finding .fix, .popover .fix { margin: 0 8px 8px; font-size: 12px; background: #ecfdf5; border-color: #6ee7b7; }
        .sev { font-weight: 600; text-transform: uppercase; font-size: 11px; }
        .sev.sev-error { color: var(--error); }
        .sev.sev-warning { color: var(--warning); }
        .sev.sev-suggestion { color: var(--suggestion); }
        .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        .popover { position: fixed; z-index: 10; max-width: 440px; padding: 8px 4px 0; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 8px 28px rgba(0, 0, 0, .18); }
        .popover .item { padding: 0 8px 8px; }
        .popover .item + .item { border-top: 1px solid var(--line); padding-top: 8px; }
        .popover .fix { margin: 6px 0 0; }
        @media (max-width: 900px) {
          main { grid-template-columns: 1fr; grid-template-rows: minmax(420px, 1fr) auto; }
          .findings-pane { border-left: 0; border-top: 1px solid var(--line); }
        }
        """;
}
