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
     * «No» (la opción que no cambia nada); PrimeFaces enfoca el primer botón, «Sí». Se detecta la apertura por el
     * atributo aria-hidden="false" que PrimeFaces pone al mostrarlo (sin depender de su código interno). Al cerrarse,
     * PrimeFaces devuelve el foco al botón que lo abrió (Dialog.returnFocus), siempre que el diálogo no declare
     * showEffect/hideEffect: con hideEffect="none" PrimeFaces anima igual el cierre, nunca llama a su onHide y el foco
     * quedaba en el cuerpo de la página.
     */
    function enfocarConfirmaciones() {
        if (!window.MutationObserver) {
            return;
        }
        new MutationObserver(function (cambios) {
            cambios.forEach(function (cambio) {
                var dialogo = cambio.target;
                if (!dialogo.classList || !dialogo.classList.contains('ui-confirm-dialog')
                        || dialogo.getAttribute('aria-hidden') !== 'false') {
                    return;
                }
                setTimeout(function () {
                    var visible = dialogo.offsetWidth || dialogo.offsetHeight || dialogo.getClientRects().length;
                    var activo = document.activeElement;
                    // PrimeFaces enfoca el primer botón, «Sí»; se prefiere «No», que no cambia nada.
                    if (!visible || (dialogo.contains(activo) && !activo.classList.contains('ui-confirmdialog-yes'))) {
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
