package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.calculo.LecturasDelAlmacen;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Valores de los indicadores manuales y externos: el último reporte aprobado cuya fecha de corte no pasa del corte
 * pedido. Para el cuatrienio cuenta desde el 01/01/2024; para un año, solo los reportes de ese año. Si hay dos
 * aprobados con la misma fecha de corte, manda el aprobado más recientemente.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ValoresReportados implements FuenteDeValores {

    @Inject
    LecturasDelAlmacen lecturas;

    @Override
    public boolean atiende(FuenteIndicador fuente) {
        return fuente.seReporta();
    }

    @Override
    public Optional<Valor> valor(Indicador indicador, Integer anio, LocalDate corte, Long sede) {
        if (sede != null) {
            return Optional.empty();
        }
        LocalDate desde = anio == null ? Cuatrienio.INICIO : Cuatrienio.inicioDe(anio);
        LocalDate hasta = anio == null || corte.isBefore(Cuatrienio.finDe(anio)) ? corte : Cuatrienio.finDe(anio);
        if (hasta.isBefore(desde)) {
            return Optional.empty();
        }
        // Los aprobados vienen ordenados del corte más nuevo al más viejo (y del aprobado más recientemente): el primero
        // dentro del periodo es el vigente. Se leen una vez por petición para los 63 indicadores.
        return lecturas.reportesAprobados().getOrDefault(indicador.getId(), List.of()).stream()
                .filter(v -> !v.fechaCorte().isBefore(desde) && !v.fechaCorte().isAfter(hasta))
                .findFirst();
    }
}
