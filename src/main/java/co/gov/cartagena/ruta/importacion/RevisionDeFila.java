package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.util.List;

/**
 * El resultado de revisar una fila sin escribir nada: su estado, los errores (columna y motivo), los avisos (p. ej.
 * datos que se descartan por falta de autorización), la persona (la que coincide por documento o nueva, y las
 * parecidas que piden decisión) y lo que se creará. {@code conPersona}: si la fila trae persona (siempre en una
 * ruta; en actividades, una fila puede registrar solo la actividad).
 */
public record RevisionDeFila(int fila, String clave, EstadoFila estado, List<ErrorDeFila> errores,
        List<String> avisos, Long personaPorDocumento, Integer filaQueCreaLaPersona, List<Candidato> candidatos,
        List<String> creara, FilaLeida leida, boolean conPersona) implements Serializable {

    /** Una fila con persona (la de una ruta). */
    public RevisionDeFila(int fila, String clave, EstadoFila estado, List<ErrorDeFila> errores, List<String> avisos,
            Long personaPorDocumento, Integer filaQueCreaLaPersona, List<Candidato> candidatos, List<String> creara,
            FilaLeida leida) {
        this(fila, clave, estado, errores, avisos, personaPorDocumento, filaQueCreaLaPersona, candidatos, creara,
                leida, true);
    }

    public RevisionDeFila {
        errores = List.copyOf(errores);
        avisos = List.copyOf(avisos);
        candidatos = List.copyOf(candidatos);
        creara = List.copyOf(creara);
    }

    /** Si la fila crea una persona nueva (no coincide por documento con una registrada ni con otra fila). */
    public boolean personaNueva() {
        return conPersona && personaPorDocumento == null && filaQueCreaLaPersona == null;
    }
}
