/*
 * Una petición ajax que no obtuvo respuesta de Faces no deja un botón que no hace nada. Pasa cuando la sesión venció
 * (el ingreso responde con una redirección a Keycloak, que el navegador no sigue en una petición ajax) o cuando se
 * cortó la conexión con el servidor: se muestra el aviso «aviso-sin-respuesta» de la plantilla, con un enlace que
 * vuelve a abrir la página (y, si la sesión venció, lleva a ingresar de nuevo). Los errores que sí llegan a Faces
 * (vista vencida, error no previsto, base caída) los atiende el servidor (web/ErroresEnAjax) con su página de error.
 */
(function () {
    'use strict';

    function avisar() {
        var aviso = document.getElementById('aviso-sin-respuesta');
        if (!aviso) {
            return;
        }
        var enlace = aviso.querySelector('a');
        if (enlace) {
            enlace.href = window.location.href;
        }
        aviso.hidden = false;
        aviso.focus();
    }

    // Las peticiones de PrimeFaces (p:commandButton, p:ajax, tablas) avisan su falla con este evento de jQuery.
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxError', avisar);
    }
    // Las de Faces (f:ajax), si la página las usa.
    if (window.faces && window.faces.ajax) {
        window.faces.ajax.addOnError(function (datos) {
            if (datos.type === 'error' && datos.status !== 'serverError') {
                avisar();
            }
        });
    }
})();
