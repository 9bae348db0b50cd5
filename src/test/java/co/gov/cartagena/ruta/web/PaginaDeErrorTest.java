package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** El camino de vuelta de una página de error solo lleva a una página de la aplicación, nunca a otra dirección. */
class PaginaDeErrorTest {

    @Test
    void devuelveLaPaginaDeLaAplicacionConSusParametros() {
        assertEquals(Optional.of("/app/casos/ver.xhtml?id=12"),
                PaginaDeError.pagina("http://localhost:8341/ruta/app/casos/ver.xhtml?id=12", "/ruta"));
        assertEquals(Optional.of("/app/indicadores/cortes.xhtml"),
                PaginaDeError.pagina("https://ruta.cartagena.gov.co/app/indicadores/cortes.xhtml", ""));
    }

    @Test
    void noDevuelveOtraDireccion() {
        assertTrue(PaginaDeError.pagina(null, "").isEmpty());
        assertTrue(PaginaDeError.pagina("http://localhost/otra/app/casos/lista.xhtml", "/ruta").isEmpty());
        assertTrue(PaginaDeError.pagina("http://localhost/ruta/index.xhtml", "/ruta").isEmpty());
        assertTrue(PaginaDeError.pagina("http://localhost/ruta/app//evil.com/x.xhtml", "/ruta").isEmpty());
        assertTrue(PaginaDeError.pagina("http://localhost/ruta/app/../error/500.xhtml", "/ruta").isEmpty());
        assertTrue(PaginaDeError.pagina("http://localhost/ruta/app/casos/ver.xhtml?id=<script>", "/ruta").isEmpty());
        assertTrue(PaginaDeError.pagina("javascript:alert(1)", "").isEmpty());
    }
}
