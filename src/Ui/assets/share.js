// The "Partager" button of the results (a file: the Content-Security-Policy allows no inline script).
// Progressive enhancement: without JavaScript it is a link to this search; with it, a click copies the search's
// full address to the clipboard and says so in a status (announced by screen readers).
(function () {
    var link = document.getElementById('partager');
    var status = document.getElementById('partager-statut');
    if (!link || !status) return;
    link.setAttribute('role', 'button');
    link.addEventListener('click', function (event) {
        var url = new URL(link.getAttribute('href'), window.location.href).href;
        if (!navigator.clipboard || !window.isSecureContext) return; // the link itself is the fallback
        event.preventDefault();
        status.textContent = '';
        navigator.clipboard.writeText(url).then(function () {
            status.textContent = 'Lien copié';
        }, function () {
            status.textContent = 'Copie impossible : le lien de cette recherche est ' + url;
        });
    });
})();
