/// The inline style sheet of `report.html`: readable tables on screen, no external fonts or
/// assets, and a print layout (no sticky headers, rows kept whole, link targets spelled out).
enum HTMLStyle {
    static let css = """
    :root { --ink: #1d2329; --muted: #5b6670; --line: #d5dbe1; --head: #eef2f5; --zebra: #f8fafb;
            --warn: #fff1d6; --warn-line: #d98e04; --accent: #1f5f99; }
    * { box-sizing: border-box; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: var(--ink); margin: 0 auto; padding: 24px 32px 48px; max-width: 1500px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 21px; margin: 36px 0 6px; padding-top: 10px; border-top: 2px solid var(--line); }
    h3 { font-size: 17px; margin: 22px 0 8px; }
    p.lead, p.summary { color: var(--muted); margin: 0 0 12px; }
    nav ul { margin: 6px 0 0; padding-left: 20px; }
    a { color: var(--accent); }
    .scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
    td + td, th + th { border-left: 1px solid var(--line); }
    thead th { background: var(--head); position: sticky; top: 0; z-index: 1; font-weight: 600; }
    tbody tr:nth-child(even) td { background: var(--zebra); }
    table.grid th.slot, table.grid td.slot { position: sticky; left: 0; background: var(--head); white-space: nowrap;
           font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; z-index: 2; }
    table.grid thead th { min-width: 150px; }
    table.grid thead th .date { display: block; font-size: 15px; }
    table.grid thead th .kind, .muted { color: var(--muted); font-weight: 400; }
    table.grid thead th .file { display: block; font-weight: 400; font-size: 12px; word-break: break-all; }
    td.date { white-space: nowrap; }
    td.silent { color: #a4adb5; }
    tbody tr td.disagree { background: var(--warn); box-shadow: inset 3px 0 0 var(--warn-line); }
    td.disagree summary::before { content: "⚠ "; color: var(--warn-line); }
    details { margin: 0 0 2px; }
    details summary { cursor: pointer; list-style: none; }
    details summary::-webkit-details-marker { display: none; }
    details summary:hover { text-decoration: underline dotted; }
    section.facts > details > summary { color: var(--accent); }
    section.facts > details > summary::before { content: "▸ "; }
    section.facts > details[open] > summary::before { content: "▾ "; }
    details[open] summary { font-weight: 600; }
    .evidence { margin: 4px 0 6px; padding: 6px 8px; background: #fff; border: 1px solid var(--line);
                border-radius: 4px; font-size: 13px; }
    blockquote { margin: 0 0 4px; padding-left: 8px; border-left: 3px solid var(--line); font-style: italic; }
    .meta { color: var(--muted); font-size: 12px; }
    ol.discrepancies > li { margin: 0 0 16px; }
    .badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 12px; font-weight: 600;
             background: var(--warn); border: 1px solid var(--warn-line); }
    .badge.agree { background: #e3f4e4; border-color: #3d8b41; }
    table.sides { margin-top: 6px; }
    .errors { color: #a3261c; }
    code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
    @media print {
      body { padding: 0; max-width: none; font-size: 11pt; }
      .scroll { overflow: visible; border: none; }
      thead th, table.grid td.slot, table.grid th.slot { position: static; }
      thead { display: table-header-group; }
      tr, li { break-inside: avoid; }
      h2 { break-before: page; }
      h2.first { break-before: auto; }
      nav, section.facts { display: none; }
      details summary { list-style: none; }
      tbody tr td.disagree { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      section.documents a[href]::after { content: " (" attr(href) ")"; color: var(--muted); font-size: 9pt; }
    }
    """
}
