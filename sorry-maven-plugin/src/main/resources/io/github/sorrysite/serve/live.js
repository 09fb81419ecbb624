// Injected by sorry:serve only. Long-polls the server and reloads the page when the site is rebuilt.
(function () {
  var since = new URL(document.currentScript.src).searchParams.get('g');
  function poll() {
    fetch('/__sorry/changes?since=' + encodeURIComponent(since), { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (generation) {
        if (generation.trim() !== since) { location.reload(); } else { poll(); }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
