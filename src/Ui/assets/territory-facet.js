// The territory facet (a file: the Content-Security-Policy allows no inline script).
// Autocomplete (progressive enhancement): suggestions from /api/territories; choosing one filters the search.
(function () {
    var input = document.querySelector('[data-territory-autocomplete]');
    var list = document.getElementById('territoires-suggestions');
    if (!input || !list || !window.fetch) return;
    var timer;
    function chosen() {
        var match = Array.prototype.find.call(list.options, function (o) { return o.value === input.value; });
        if (!match) return false;
        var params = new URLSearchParams(window.location.search);
        params.set('territory', match.dataset.key);
        params.delete('page');
        window.location.assign('/?' + params.toString());
        return true;
    }
    input.addEventListener('change', chosen);
    input.addEventListener('input', function () {
        clearTimeout(timer);
        if (chosen()) return;
        timer = setTimeout(function () {
            if (input.value.trim().length < 2) return;
            fetch('/api/territories?limit=8&q=' + encodeURIComponent(input.value)).then(function (r) { return r.ok ? r.json() : []; }).then(function (items) {
                list.innerHTML = '';
                items.forEach(function (t) {
                    var option = document.createElement('option');
                    option.value = t.name + ' (' + t.levelLabel + (t.parent ? ', ' + t.parent.name : '') + ')';
                    option.dataset.key = t.level + ':' + t.code;
                    list.appendChild(option);
                });
            });
        }, 150);
    });
})();
