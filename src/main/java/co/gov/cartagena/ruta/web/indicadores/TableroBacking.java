package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.indicadores.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.Indicador;
import co.gov.cartagena.ruta.indicadores.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.ServicioIndicadores;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * {@code app/indicadores/tablero.xhtml}: el árbol línea → componente → programa → indicador con línea base, meta,
 * valor, avance y semáforo, filtrado por año y fecha de corte. Admite {@code ?anio=2025&corte=2025-06-30}.
 */
@Named("tablero")
@ViewScoped
public class TableroBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioIndicadores servicio;

    private Integer anio;
    private LocalDate corte;
    private LocalDate corteEfectivo;
    private TreeNode<FilaTablero> raiz;
    private int cuantos;

    /** Al abrir la página (f:viewAction): lee el año y el corte de la dirección y arma el árbol; 403 si no puede verlo. */
    public void cargar() {
        try {
            anio = parametroAnio();
            corte = parametroCorte();
            armar();
        } catch (OperacionNoPermitida e) {
            Pagina.prohibir();
        } catch (ReglaIncumplida e) {
            anio = null;
            corte = null;
            Mensajes.error(e.getMessage());
            armar();
        }
    }

    /** Vuelve a calcular con el año y la fecha de corte del formulario. */
    public void filtrar() {
        try {
            armar();
        } catch (ReglaIncumplida e) {
            Mensajes.error(e.getMessage());
        }
    }

    private void armar() {
        Locale idioma = Pagina.idioma();
        List<SeguimientoIndicador> medidos = servicio.tablero(anio, corte);
        corteEfectivo = ServicioIndicadores.corte(anio, corte);
        cuantos = medidos.size();
        raiz = new DefaultTreeNode<>(FilaTablero.grupo(FilaTablero.Tipo.LINEA, ""), null);
        Map<Long, TreeNode<FilaTablero>> lineas = new LinkedHashMap<>();
        Map<Long, TreeNode<FilaTablero>> componentes = new LinkedHashMap<>();
        Map<Long, TreeNode<FilaTablero>> programas = new LinkedHashMap<>();
        for (SeguimientoIndicador s : medidos) {
            Indicador i = s.indicador();
            TreeNode<FilaTablero> linea = lineas.computeIfAbsent(i.getComponente().getLinea().getId(),
                    k -> nodo(FilaTablero.grupo(FilaTablero.Tipo.LINEA, i.getComponente().getLinea().getNombre()),
                            raiz));
            TreeNode<FilaTablero> componente = componentes.computeIfAbsent(i.getComponente().getId(),
                    k -> nodo(FilaTablero.grupo(FilaTablero.Tipo.COMPONENTE, i.getComponente().getNombre()), linea));
            TreeNode<FilaTablero> padre = i.getPrograma() == null ? componente
                    : programas.computeIfAbsent(i.getPrograma().getId(),
                            k -> nodo(FilaTablero.grupo(FilaTablero.Tipo.PROGRAMA, i.getPrograma().getNombre()),
                                    componente));
            nodo(FilaTablero.de(s, idioma), padre);
        }
    }

    private static TreeNode<FilaTablero> nodo(FilaTablero fila, TreeNode<FilaTablero> padre) {
        TreeNode<FilaTablero> n = new DefaultTreeNode<>(fila.getTipo().name(), fila, padre);
        n.setExpanded(true);
        return n;
    }

    private static Integer parametroAnio() {
        String texto = Pagina.parametro("anio");
        if (texto == null || texto.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(texto.trim());
        } catch (NumberFormatException e) {
            throw new ReglaIncumplida("anio", "El año debe ser del plan: de 2024 a 2027");
        }
    }

    private static LocalDate parametroCorte() {
        String texto = Pagina.parametro("corte");
        if (texto == null || texto.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(texto.trim());
        } catch (DateTimeParseException e) {
            return Fechas.leer(texto).orElseThrow(() -> new ReglaIncumplida("corte", "La fecha de corte no es válida"));
        }
    }

    /** Los años del plan para el filtro (el vacío es el cuatrienio). */
    public List<Integer> getAnios() {
        return IntStream.rangeClosed(Cuatrienio.PRIMER_ANIO, Cuatrienio.ULTIMO_ANIO).boxed()
                .collect(Collectors.toList());
    }

    public Integer getAnio() {
        return anio;
    }

    public void setAnio(Integer anio) {
        this.anio = anio;
    }

    public LocalDate getCorte() {
        return corte;
    }

    public void setCorte(LocalDate corte) {
        this.corte = corte;
    }

    /** La fecha a la que están los valores (la del filtro o, sin ella, hoy). */
    public LocalDate getCorteEfectivo() {
        return corteEfectivo;
    }

    public String getCorteTexto() {
        return corteEfectivo == null ? "" : Fechas.formatear(corteEfectivo);
    }

    public TreeNode<FilaTablero> getRaiz() {
        return raiz;
    }

    public int getCuantos() {
        return cuantos;
    }

    public boolean isCuatrienio() {
        return Objects.isNull(anio);
    }
}
