// Suggestions as you type on the search form: an ARIA 1.2 combobox (input + listbox popup, the active option
// given by aria-activedescendant), its options grouped as territories, publications and words, from /api/suggest.
// Progressive enhancement: without JavaScript the input is a plain search field and the form submits as is.
// Picking a publication opens its page; a territory applies its filter; words are searched.
// Every input marked data-suggestions gets one: the search page's field and the header field of the other pages;
// the ids of its popup start with the input's id.
(function () {
    if (!window.fetch) return;
    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggestions]'), function (input) {
        if (input.id && input.form) combobox(input);
    });

    function combobox(input) {
        var form = input.form;
        var bar = input.parentNode;
        var groups = [
            { kind: 'territory', label: 'Territoires' },
            { kind: 'title', label: 'Publications' },
            { kind: 'term', label: 'Compléter la recherche' }
        ];

        var listbox = document.createElement('div');
        listbox.id = input.id + '-suggestions';
        listbox.className = 'ui-suggestions';
        listbox.setAttribute('role', 'listbox');
        listbox.setAttribute('aria-label', 'Suggestions');
        listbox.hidden = true;
        var status = document.createElement('div');
        status.id = input.id + '-suggestions-statut';
        status.className = 'fr-sr-only';
        status.setAttribute('role', 'status');
        bar.classList.add('ui-combobox');
        bar.appendChild(listbox);
        bar.appendChild(status);

        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', listbox.id);

        var options = [], active = -1, timer = null, asked = '';

        function open() {
            if (options.length === 0) return;
            listbox.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function close() {
            listbox.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            activate(-1);
        }

        function activate(index) {
            if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
            active = index;
            if (active >= 0) {
                var option = options[active];
                option.setAttribute('aria-selected', 'true');
                input.setAttribute('aria-activedescendant', option.id);
                if (option.scrollIntoView) option.scrollIntoView({ block: 'nearest' });
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        // The listbox says which text its options answer (data-for): a response to an earlier text never replaces them
        // (see the input handler), and a page or a test can tell the options of the last text from those of an earlier one.
        function render(suggestions, forText) {
            listbox.setAttribute('data-for', forText);
            listbox.textContent = '';
            options = [];
            active = -1;
            input.removeAttribute('aria-activedescendant');
            groups.forEach(function (group) {
                var items = suggestions.filter(function (s) { return s.kind === group.kind; });
                if (items.length === 0) return;
                var element = document.createElement('div');
                element.setAttribute('role', 'group');
                var label = document.createElement('div');
                label.id = input.id + '-suggestions-' + group.kind;
                label.className = 'ui-suggestions__label';
                label.setAttribute('role', 'presentation');
                label.textContent = group.label;
                element.setAttribute('aria-labelledby', label.id);
                element.appendChild(label);
                items.forEach(function (s) {
                    var option = document.createElement('div');
                    option.id = input.id + '-suggestion-' + options.length;
                    option.className = 'ui-suggestions__option ui-suggestions__option--' + s.kind;
                    option.setAttribute('role', 'option');
                    option.setAttribute('aria-selected', 'false');
                    option.textContent = s.text;
                    option.suggestion = s;
                    element.appendChild(option);
                    options.push(option);
                });
                listbox.appendChild(element);
            });
            status.textContent = options.length === 0 ? '' : options.length === 1
                ? '1 suggestion : flèches haut et bas pour parcourir, Entrée pour choisir.'
                : options.length + ' suggestions : flèches haut et bas pour parcourir, Entrée pour choisir.';
            if (options.length > 0) open(); else close();
        }

        function pick(option) {
            var s = option.suggestion;
            close();
            if (s.kind === 'title' && s.id) {
                window.location.href = '/documents/' + encodeURIComponent(s.id);
                return;
            }
            if (s.kind === 'territory' && s.id) {
                // The territory becomes the filter (it replaces any other); its name leaves the words.
                Array.prototype.slice.call(form.querySelectorAll('input[type=hidden][name=territory], input[type=hidden][name=territoryAncestors]'))
                    .forEach(function (hidden) { hidden.parentNode.removeChild(hidden); });
                var filter = document.createElement('input');
                filter.type = 'hidden';
                filter.name = 'territory';
                filter.value = s.id;
                form.appendChild(filter);
                input.value = '';
            } else {
                input.value = s.text;
            }
            form.submit();
        }

        input.addEventListener('input', function () {
            clearTimeout(timer);
            var typed = input.value;
            if (typed.trim().length < 2) {
                asked = '';
                render([], '');
                return;
            }
            timer = setTimeout(function () {
                if (typed === asked) return;
                asked = typed;
                fetch('/api/suggest?size=10&q=' + encodeURIComponent(typed))
                    .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
                    .then(function (data) { if (input.value === typed) render(data.suggestions || [], typed); })
                    .catch(function () { });
            }, 150);
        });

        input.addEventListener('keydown', function (event) {
            var expanded = !listbox.hidden;
            switch (event.key) {
                case 'ArrowDown':
                    if (options.length === 0) return;
                    event.preventDefault();
                    if (!expanded) { open(); activate(0); } else activate((active + 1) % options.length);
                    break;
                case 'ArrowUp':
                    if (options.length === 0) return;
                    event.preventDefault();
                    if (!expanded) { open(); activate(options.length - 1); } else activate(active <= 0 ? options.length - 1 : active - 1);
                    break;
                case 'Enter':
                    // No option chosen: the form submits the words as typed.
                    if (expanded && active >= 0) {
                        event.preventDefault();
                        pick(options[active]);
                    }
                    break;
                case 'Escape':
                    if (expanded) {
                        event.preventDefault();
                        close();
                    }
                    break;
            }
        });

        // A click on an option picks it; the input keeps the focus meanwhile.
        listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
        listbox.addEventListener('click', function (event) {
            var option = event.target.closest ? event.target.closest('[role=option]') : null;
            if (option) pick(option);
        });
        input.addEventListener('blur', close);
    }
})();
