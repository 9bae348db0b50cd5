package co.gov.cartagena.ruta.persistencia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * Cada falla de la base al volcar un cambio tiene su propio mensaje; «Este formulario ya se envió» es solo para la
 * clave de envío repetida. Las excepciones son las que da el conector de MariaDB (código y mensaje del servidor),
 * envueltas como las envuelve EclipseLink.
 */
class VolcadoTest {

    private static final Texto SI_DUPLICADO = Texto.de("casos.registroRepetido", Texto.de("casos.que.caso", "R-1"));

    private static PersistenceException deMariaDb(int codigo, String estado, String mensaje) {
        SQLException sql = estado.startsWith("23") ? new SQLIntegrityConstraintViolationException(mensaje, estado, codigo)
                : new SQLException(mensaje, estado, codigo);
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("Internal Exception", sql));
    }

    private static String mensaje(PersistenceException e) {
        return assertThrows(ReglaIncumplida.class,
                () -> Volcado.volcar(() -> { throw e; }, Texto.de("casos.que.caso", "R-1"), SI_DUPLICADO))
                .getMessage();
    }

    @Test
    void laClaveDeEnvioRepetidaEsUnFormularioYaEnviado() {
        assertEquals("Este formulario ya se envió; no se creó un registro repetido.", mensaje(deMariaDb(1062,
                "23000", "(conn=12) Duplicate entry 'a1b2' for key 'uk_atencion_envio'")));
        assertEquals("Este formulario ya se envió; no se creó un registro repetido.", mensaje(deMariaDb(1062,
                "23000", "Duplicate entry 'a1b2' for key 'caso.uk_caso_envio'")));
    }

    @Test
    void otraClaveUnicaRepetidaNoEsUnFormularioYaEnviado() {
        String m = mensaje(deMariaDb(1062, "23000", "Duplicate entry '7-3-TITULAR' for key 'uk_caso_persona'"));
        assertEquals(SI_DUPLICADO.enEspanol(), m);
        assertEquals("No se pudo guardar el caso R-1: otra persona registró al mismo tiempo un dato que no puede"
                + " repetirse (p. ej. la misma persona con el mismo papel). Vuelva a cargar e intente de nuevo; nada"
                + " se guardó.", m);
    }

    @Test
    void unTextoLargoUnaReferenciaRotaUnNuloYUnNumeroFueraDeRangoTienenSuMensaje() {
        assertEquals(Texto.de("persistencia.textoMuyLargo").enEspanol(), mensaje(deMariaDb(1406, "22001",
                "Data too long for column 'motivo_cierre' at row 1")));
        assertEquals(Texto.de("persistencia.referenciaNoExiste").enEspanol(), mensaje(deMariaDb(1452, "23000",
                "Cannot add or update a child row: a foreign key constraint fails (`ruta`.`atencion`, CONSTRAINT"
                        + " `fk_atencion_persona` FOREIGN KEY (`persona_id`) REFERENCES `persona` (`id`))")));
        assertEquals(Texto.de("persistencia.registroEnUso").enEspanol(), mensaje(deMariaDb(1451, "23000",
                "Cannot delete or update a parent row: a foreign key constraint fails")));
        assertEquals(Texto.de("persistencia.faltaDato").enEspanol(), mensaje(deMariaDb(1048, "23000",
                "Column 'gestor' cannot be null")));
        assertEquals(Texto.de("persistencia.datoFueraDeRango").enEspanol(), mensaje(deMariaDb(1264, "22003",
                "Out of range value for column 'valor' at row 1")));
        assertEquals(Texto.de("persistencia.datoFueraDeRango").enEspanol(), mensaje(deMariaDb(4025, "23000",
                "CONSTRAINT `ck_meta` failed for `ruta`.`meta_anual`")));
    }

    @Test
    void unChoqueYUnErrorDelProgramaSiguenSuCamino() {
        PersistenceException choque = new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
        assertSame(choque, assertThrows(PersistenceException.class,
                () -> Volcado.volcar(() -> { throw choque; }, Texto.de("casos.que.caso", "R-1"), SI_DUPLICADO)));
        PersistenceException sintaxis = deMariaDb(1064, "42000", "You have an error in your SQL syntax");
        assertSame(sintaxis, assertThrows(PersistenceException.class,
                () -> Volcado.volcar(() -> { throw sintaxis; }, Texto.de("casos.que.caso", "R-1"), SI_DUPLICADO)));
    }

    @Test
    void otraPersonaGuardoAntesEsUnConflicto() {
        assertThrows(ConflictoEdicion.class, () -> Volcado.volcar(() -> { throw new OptimisticLockException(); },
                Texto.de("casos.que.caso", "R-1"), SI_DUPLICADO));
    }
}
