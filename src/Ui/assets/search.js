// The search page (a file: the Content-Security-Policy allows no inline script).
// Progressive enhancement: the sort applies as soon as it is chosen.
(function () {
    var select = document.querySelector('select[data-auto-submit]');
    var button = document.getElementById('appliquer-tri');
    if (!select || !select.form) return;
    if (button) button.classList.add('ui-hidden');
    select.addEventListener('change', function () { select.form.submit(); });
})();
// Progressive enhancement: suggestions as you type (titles and frequent words), from /api/suggest.
(function () {
    var input = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    if (!input || !list || !window.fetch) return;
    var timer = null, last = '';
    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var typed = input.value;
            if (typed.trim().length < 2 || typed === last) return;
            last = typed;
            fetch('/api/suggest?size=8&q=' + encodeURIComponent(typed))
                .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
                .then(function (data) {
                    if (input.value !== typed) return;
                    list.textContent = '';
                    data.suggestions.forEach(function (s) {
                        var option = document.createElement('option');
                        // A territory is searched by its name; its level shows as the label.
                        option.value = s.kind === 'territory' ? s.text.replace(/ \([^)]*\)$/, '') : s.text;
                        option.label = s.text;
                        list.appendChild(option);
                    });
                })
                .catch(function () { });
        }, 150);
    });
})();
