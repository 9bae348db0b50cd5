/*
 * Foco tras enviar un formulario: la página vuelve a cargarse entera, así que el foco se lleva al primer campo con
 * error (aria-invalid="true", que pone r:campo) o, si todo salió bien, al aviso de éxito del formulario
 * (p:messages con la clase «ruta-mensajes-formulario»), y se desplaza hasta él. Sin errores ni avisos no hace nada.
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

    document.addEventListener('DOMContentLoaded', function () {
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
