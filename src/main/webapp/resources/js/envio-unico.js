/*
 * Envío único: un formulario con la clase «ruta-envio-unico» se envía una sola vez. Un doble clic o un Enter
 * repetido no manda un segundo POST, y sus botones quedan deshabilitados hasta que llega la página siguiente (que
 * trae el formulario nuevo). Es la primera defensa; la segunda es la clave de envío que el servidor reconoce.
 */
(function () {
    'use strict';

    function botones(formulario) {
        return formulario.querySelectorAll('button, input[type=submit]');
    }

    document.addEventListener('submit', function (evento) {
        var formulario = evento.target;
        if (!formulario.classList || !formulario.classList.contains('ruta-envio-unico')) {
            return;
        }
        if (formulario.getAttribute('data-enviado') === 'si') {
            evento.preventDefault();
            evento.stopImmediatePropagation();
            return;
        }
        formulario.setAttribute('data-enviado', 'si');
        // después de que el navegador tomó los datos del envío (incluido el botón pulsado)
        window.setTimeout(function () {
            var lista = botones(formulario);
            for (var i = 0; i < lista.length; i++) {
                lista[i].disabled = true;
                lista[i].setAttribute('aria-disabled', 'true');
                lista[i].classList.add('ui-state-disabled');
            }
        }, 0);
    }, true);

    // Volver con «Atrás» a una página guardada en memoria: el formulario se puede usar de nuevo.
    window.addEventListener('pageshow', function (evento) {
        if (!evento.persisted) {
            return;
        }
        var formularios = document.querySelectorAll('form.ruta-envio-unico[data-enviado]');
        for (var i = 0; i < formularios.length; i++) {
            formularios[i].removeAttribute('data-enviado');
            var lista = botones(formularios[i]);
            for (var j = 0; j < lista.length; j++) {
                lista[j].disabled = false;
                lista[j].removeAttribute('aria-disabled');
                lista[j].classList.remove('ui-state-disabled');
            }
        }
    });
})();
