/** The HTML shell of the explorer: no inline script, so the CSP can stay `script-src 'self'`. */
export function graphiqlPage(options: { assetsUrl: string; title: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${options.assetsUrl}/graphiql.css" />
    <style>html, body, #root { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root">Loading GraphiQL…</div>
    <script src="${options.assetsUrl}/yoga-graphiql.umd.js"></script>
    <script src="${options.assetsUrl}/boot.js"></script>
  </body>
</html>
`;
}

/**
 * Tells Monaco where its workers are (same origin, so no blob: URLs) and
 * renders GraphiQL against the endpoint. Values are embedded as JSON.
 */
export function graphiqlBootScript(options: {
  assetsUrl: string;
  title: string;
  workers: Record<string, string>;
  endpoint: string;
  defaultQuery: string;
}): string {
  const settings = JSON.stringify({
    assetsUrl: options.assetsUrl,
    workers: options.workers,
    graphiql: {
      endpoint: options.endpoint,
      title: options.title,
      // Yoga's name for the document shown in a new tab.
      query: options.defaultQuery,
      // Header values (Bearer tokens) stay in the tab, not in localStorage.
      shouldPersistHeaders: false,
    },
  }).replace(/</g, '\\u003c');
  return `'use strict';
(function () {
  var settings = ${settings};
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return settings.assetsUrl + '/' + (settings.workers[label] || settings.workers.editorWorkerService);
    },
  };
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), settings.graphiql);
})();
`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}
