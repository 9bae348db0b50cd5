package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.RepositorioCasos;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Las filas que comparten la «Clave del caso»: la primera abre el caso (como cualquier fila) y cada una de las
 * siguientes lo continúa por {@link ServicioCasos}, dentro de la transacción del tramo: avanza el estado desde el que
 * tiene hasta el declarado (con los campos de la fila), registra su atención y lo cierra con fecha y motivo. Encuentra
 * el caso por el registro de la primera fila ({@link RepositorioImportaciones#vigentePorGrupo}).
 */
@ApplicationScoped
public class CasosAgrupados {

    @Inject
    RepositorioImportaciones importaciones;

    @Inject
    RepositorioCasos casos;

    @Inject
    ServicioCasos servicioCasos;

    /** La clave del grupo: la huella de la ruta, la sede y la clave del caso (sin mayúsculas ni tildes). */
    static String grupo(Ruta ruta, String sede, String claveCaso) {
        return InterpreteDeFila.huella((ruta.name() + "\u001F" + sede + "\u001F" + LectorDeArchivo.comparable(claveCaso))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Los estados por los que pasa el caso desde {@code desde} hasta {@code destino} (ninguno si es el mismo o no hay). */
    static List<String> pasos(DefinicionRuta def, String desde, String destino) {
        if (destino == null || destino.equals(desde)) {
            return List.of();
        }
        return InterpreteDeFila.camino(def, desde, destino).orElseThrow(() -> new ReglaIncumplida(
                ColumnasDeRuta.ESTADO, Texto.de("importacion.caso.noLlega", desde, destino)));
    }

    /** Escribe una fila que continúa el caso de su grupo. */
    EscrituraDeLotes.Escrita continuar(LoteImportacion lote, FilaPreparada f, String claveEnvioAtencion) {
        RegistroImportado primera = importaciones.vigentePorGrupo(f.grupo()).orElseThrow(() -> new ReglaIncumplida(
                ColumnasDeRuta.CLAVE_CASO, Texto.de("importacion.caso.sinPrimeraFila", f.continuaLaFila())));
        Caso c = casos.porId(primera.getCasoId()).filter(x -> !x.isAnulado()).orElseThrow(() -> new ReglaIncumplida(
                ColumnasDeRuta.CLAVE_CASO, Texto.de("importacion.caso.sinPrimeraFila", f.continuaLaFila())));
        FilaInterpretada d = f.datos();
        String motivo = "Importado del lote " + lote.getId() + ", fila " + f.fila();
        boolean primero = true;
        for (String estado : pasos(c.getRuta().definicion(), c.getEstado(), d.estado())) {
            c = servicioCasos.cambiarEstado(c.getId(), c.getVersion(), estado, primero ? d.datos() : null, motivo);
            primero = false;
        }
        if (d.tipoAtencion() != null) {
            servicioCasos.registrarAtencion(c.getId(), d.tipoAtencion(), d.fechaAtencion(), primera.getPersonaId(),
                    null, claveEnvioAtencion);
        }
        cerrar(c, d);
        importaciones.guardar(RegistroImportado.deCaso(lote, f.fila(), f.clave(), primera.getPersonaId(), false,
                c.getId(), f.grupo()));
        return new EscrituraDeLotes.Escrita(f.fila(), false);
    }

    /** Cierra el caso si la fila trae fecha y motivo de cierre. */
    void cerrar(Caso c, FilaInterpretada d) {
        if (d.fechaCierre() != null) {
            Caso actual = casos.porId(c.getId()).orElseThrow();
            servicioCasos.cerrar(actual.getId(), actual.getVersion(), d.fechaCierre(), d.motivoCierre());
        }
    }
}
