package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.comun.Texto;
import java.io.Serializable;
import java.util.List;

/**
 * El resultado de revisar una fila sin escribir nada: su estado, los errores (columna y motivo), los avisos (p. ej.
 * datos que se descartan por falta de autorización), la persona (la que coincide por documento o nueva, y las
 * parecidas que piden decisión) y lo que se creará; los avisos y lo que se creará sin idioma todavía ({@link Texto}):
 * la página los muestra en el de la vista, la API en español ({@link #avisos()}, {@link #creara()}).
 * {@code conPersona}: si la fila trae persona (siempre en una ruta; en actividades, una fila puede registrar solo la
 * actividad).
 */
public record RevisionDeFila(int fila, String clave, EstadoFila estado, List<ErrorDeFila> errores,
        List<Texto> textosDeAviso, Long personaPorDocumento, Integer filaQueCreaLaPersona, List<Candidato> candidatos,
        List<Texto> textosDeLoQueCrea, FilaLeida leida, boolean conPersona) implements Serializable {

    /** Una fila con persona (la de una ruta). */
    public RevisionDeFila(int fila, String clave, EstadoFila estado, List<ErrorDeFila> errores, List<Texto> avisos,
            Long personaPorDocumento, Integer filaQueCreaLaPersona, List<Candidato> candidatos, List<Texto> creara,
            FilaLeida leida) {
        this(fila, clave, estado, errores, avisos, personaPorDocumento, filaQueCreaLaPersona, candidatos, creara,
                leida, true);
    }

    /** Los avisos en español (los de la API). */
    public List<String> avisos() {
        return textosDeAviso.stream().map(Texto::enEspanol).toList();
    }

    /** Lo que se creará, en español (lo de la API). */
    public List<String> creara() {
        return textosDeLoQueCrea.stream().map(Texto::enEspanol).toList();
    }

    public RevisionDeFila {
        errores = List.copyOf(errores);
        textosDeAviso = List.copyOf(textosDeAviso);
        candidatos = List.copyOf(candidatos);
        textosDeLoQueCrea = List.copyOf(textosDeLoQueCrea);
    }

    /** Si la fila crea una persona nueva (no coincide por documento con una registrada ni con otra fila). */
    public boolean personaNueva() {
        return conPersona && personaPorDocumento == null && filaQueCreaLaPersona == null;
    }
}
