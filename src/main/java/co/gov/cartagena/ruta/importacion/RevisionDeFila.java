package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.util.List;

/**
 * El resultado de revisar una fila sin escribir nada: su estado, los errores (columna y motivo), los avisos (p. ej.
 * datos que se descartan por falta de autorización), la persona (la que coincide por documento o nueva, y las
 * parecidas que piden decisión) y lo que se creará.
 */
public record RevisionDeFila(int fila, String clave, EstadoFila estado, List<ErrorDeFila> errores,
        List<String> avisos, Long personaPorDocumento, Integer filaQueCreaLaPersona, List<Candidato> candidatos,
        List<String> creara, FilaLeida leida) implements Serializable {

    public RevisionDeFila {
        errores = List.copyOf(errores);
        avisos = List.copyOf(avisos);
        candidatos = List.copyOf(candidatos);
        creara = List.copyOf(creara);
    }

    /** Si la fila crea una persona nueva (no coincide por documento con una registrada ni con otra fila). */
    public boolean personaNueva() {
        return personaPorDocumento == null && filaQueCreaLaPersona == null;
    }
}
