package co.gov.cartagena.ruta.casos;

import java.util.List;

/** Una página de la lista de casos y cuántos casos hay en total con el mismo filtro. */
public record PaginaDeCasos(List<Caso> casos, long total) {
}
