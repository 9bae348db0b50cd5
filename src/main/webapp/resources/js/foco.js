/*
 * Foco tras enviar un formulario: la página vuelve a cargarse entera, así que el foco se lleva al primer campo con
 * error (aria-invalid="true", que pone r:campo) o, si todo salió bien, al aviso de éxito del formulario
 * (p:messages con la clase «ruta-mensajes-formulario»), y se desplaza hasta él. Sin errores ni avisos no hace nada.
 * Además, el foco entra a los diálogos de confirmación al abrirse (ver enfocarConfirmaciones).
 */
(function () {
    'use strict';

    function llevarA(elemento) {
        if (elemento.tabIndex < 0 && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(elemento.tagName)) {
            elemento.setAttribute('tabindex', '-1');
        }
        elemento.focus({preventScroll: true});
        elemento.scrollIntoView({block: 'center'});
    }

    /*
     * Diálogo de confirmación de PrimeFaces (p:confirmDialog): al abrirse, el foco entra al diálogo, en el botón
     * «No» (la opción que no cambia nada); PrimeFaces solo enfoca campos, y el foco se quedaba en el botón que lo
     * abrió, detrás del diálogo. Al cerrarse (Escape, «No» o la X) el foco vuelve al botón que lo abrió, si sigue en
     * la página; sin esto quedaba en el cuerpo de la página y el teclado empezaba de nuevo desde arriba. Se detecta
     * la apertura y el cierre por el atributo aria-hidden que PrimeFaces pone al mostrarlo y ocultarlo (sin depender
     * de su código interno).
     */
    function enfocarConfirmaciones() {
        if (!window.MutationObserver) {
            return;
        }
        var abridores = new WeakMap();
        new MutationObserver(function (cambios) {
            cambios.forEach(function (cambio) {
                var dialogo = cambio.target;
                if (!dialogo.classList || !dialogo.classList.contains('ui-confirm-dialog')) {
                    return;
                }
                if (dialogo.getAttribute('aria-hidden') === 'true') {
                    devolverFoco(dialogo, abridores.get(dialogo));
                    abridores.delete(dialogo);
                    return;
                }
                if (dialogo.getAttribute('aria-hidden') !== 'false') {
                    return;
                }
                var antes = document.activeElement;
                if (antes && antes !== document.body && !dialogo.contains(antes)) {
                    abridores.set(dialogo, antes);
                }
                setTimeout(function () {
                    var visible = dialogo.offsetWidth || dialogo.offsetHeight || dialogo.getClientRects().length;
                    if (!visible || dialogo.contains(document.activeElement)) {
                        return;
                    }
                    var boton = dialogo.querySelector('.ui-confirmdialog-no')
                        || dialogo.querySelector('button:not([disabled])');
                    if (boton) {
                        boton.focus();
                    }
                }, 0);
            });
        }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['aria-hidden']});
    }

    /* Tras cerrar el diálogo: si el foco quedó en el cuerpo o dentro del diálogo ya oculto, vuelve a quien lo abrió. */
    function devolverFoco(dialogo, abridor) {
        if (!abridor) {
            return;
        }
        setTimeout(function () {
            var activo = document.activeElement;
            var perdido = !activo || activo === document.body || dialogo.contains(activo);
            if (perdido && document.body.contains(abridor)) {
                abridor.focus();
            }
        }, 0);
    }

    document.addEventListener('DOMContentLoaded', function () {
        enfocarConfirmaciones();
        var invalido = document.querySelector('[aria-invalid="true"]');
        if (invalido) {
            llevarA(invalido);
            return;
        }
        var avisos = document.querySelectorAll('.ruta-mensajes-formulario');
        for (var i = 0; i < avisos.length; i++) {
            if (avisos[i].querySelector('.ui-messages-info, .ui-messages-error, .ui-messages-warn')) {
                llevarA(avisos[i]);
                return;
            }
        }
    });
})();
