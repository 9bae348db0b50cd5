/*
 * Pestañas de la página de un caso (patrón «tabs» de WAI-ARIA): un botón role="tab" por sección y una sección
 * role="tabpanel" visible a la vez. Clic o Enter/Espacio abre la pestaña; flechas izquierda y derecha, Inicio y Fin
 * mueven entre pestañas. Qué pestaña llega abierta lo decide el servidor (la del formulario enviado), así que sin
 * JavaScript la página sigue funcionando con la pestaña de la última acción.
 */
(function () {
    'use strict';

    function abrir(lista, pestana, enfocar) {
        var pestanas = lista.querySelectorAll('[role="tab"]');
        for (var i = 0; i < pestanas.length; i++) {
            var activa = pestanas[i] === pestana;
            pestanas[i].setAttribute('aria-selected', activa ? 'true' : 'false');
            pestanas[i].setAttribute('tabindex', activa ? '0' : '-1');
            var panel = document.getElementById(pestanas[i].getAttribute('aria-controls'));
            if (panel) {
                panel.classList.toggle('ruta-oculto', !activa);
            }
        }
        if (enfocar) {
            pestana.focus();
        }
    }

    document.addEventListener('click', function (evento) {
        var pestana = evento.target.closest && evento.target.closest('[role="tab"]');
        if (pestana && pestana.parentNode.getAttribute('role') === 'tablist') {
            abrir(pestana.parentNode, pestana, false);
        }
    });

    document.addEventListener('keydown', function (evento) {
        var pestana = evento.target;
        if (pestana.getAttribute('role') !== 'tab') {
            return;
        }
        var pestanas = Array.prototype.slice.call(pestana.parentNode.querySelectorAll('[role="tab"]'));
        var i = pestanas.indexOf(pestana);
        var destino = null;
        if (evento.key === 'ArrowRight') {
            destino = pestanas[(i + 1) % pestanas.length];
        } else if (evento.key === 'ArrowLeft') {
            destino = pestanas[(i - 1 + pestanas.length) % pestanas.length];
        } else if (evento.key === 'Home') {
            destino = pestanas[0];
        } else if (evento.key === 'End') {
            destino = pestanas[pestanas.length - 1];
        }
        if (destino) {
            evento.preventDefault();
            abrir(pestana.parentNode, destino, true);
        }
    });
})();
