// The search page (a file: the Content-Security-Policy allows no inline script).
// Progressive enhancement: the sort applies as soon as it is chosen.
(function () {
    var select = document.querySelector('select[data-auto-submit]');
    var button = document.getElementById('appliquer-tri');
    if (!select || !select.form) return;
    if (button) button.classList.add('ui-hidden');
    select.addEventListener('change', function () { select.form.submit(); });
})();
