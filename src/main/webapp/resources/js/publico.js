/*
 * Página pública de rendición de cuentas (publico/avance.xhtml): dibuja el gráfico de la serie anual de cada indicador
 * con el widget Chart de PrimeFaces (el mismo de p:chart), desde el bloque de datos JSON #pub-graficos (id del
 * lienzo → configuración de Chart.js, sin funciones). El bloque no es un script ejecutable y este archivo se carga
 * con el nonce de la respuesta: vale con la CSP de nonce sin guardar ningún nonce en el HTML armado de antemano.
 */
(function () {
    'use strict';

    function dibujar() {
        var bloque = document.getElementById('pub-graficos');
        if (!bloque || !window.PrimeFaces) {
            return;
        }
        var graficos = JSON.parse(bloque.textContent);
        Object.keys(graficos).forEach(function (id) {
            PrimeFaces.cw('Chart', 'pub_' + id.replace(/[^A-Za-z0-9_]/g, '_'), {id: id, config: graficos[id]});
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', dibujar);
    } else {
        dibujar();
    }
}());
