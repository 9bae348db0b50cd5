package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.comun.Textos;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Un tipo de actividad del catálogo. Los del plan (sembrados por la migración V8) alimentan indicadores: su código y
 * su objeto no cambian. Los administradores agregan tipos, los renombran y los desactivan; nunca se borran.
 */
@Entity
@Table(name = "tipo_actividad")
@NamedQuery(name = "TipoActividad.todos", query = "SELECT t FROM TipoActividad t ORDER BY t.nombre")
@NamedQuery(name = "TipoActividad.activos",
        query = "SELECT t FROM TipoActividad t WHERE t.activo = TRUE ORDER BY t.nombre")
@NamedQuery(name = "TipoActividad.porCodigo", query = "SELECT t FROM TipoActividad t WHERE t.codigo = :codigo")
public class TipoActividad extends RegistroEditable {

    private static final Pattern CODIGO = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 60)
    private String codigo;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Column(length = 500)
    private String descripcion;

    @Column(name = "etiqueta_objeto", length = 120)
    private String etiquetaObjeto;

    @Column(name = "objeto_requerido", nullable = false)
    private boolean objetoRequerido;

    @Column(name = "del_plan", nullable = false, updatable = false)
    private boolean delPlan;

    @Column(length = 20, updatable = false)
    private String indicador;

    @Column(nullable = false)
    private boolean activo;

    protected TipoActividad() {
    }

    /** Un tipo nuevo, agregado por un administrador (no alimenta indicadores). */
    public TipoActividad(String codigo, String nombre, String descripcion, String etiquetaObjeto,
            boolean objetoRequerido, String quien) {
        super(quien);
        String c = codigo == null ? "" : codigo.trim().toUpperCase(Locale.ROOT);
        ReglaIncumplida.exigir(!c.isEmpty(), "codigo", Texto.de("actividades.escribaCodigoTipoActividad"));
        ReglaIncumplida.exigir(c.length() <= 60 && CODIGO.matcher(c).matches(), "codigo",
                Texto.de("actividades.codigoLlevaLetrasMayusculas"));
        this.codigo = c;
        this.nombre = nombreValido(nombre);
        this.descripcion = descripcionValida(descripcion);
        definirObjeto(etiquetaObjeto, objetoRequerido);
        this.activo = true;
    }

    /** Corrige nombre y descripción; en los tipos que no son del plan, también qué objeto llevan. */
    public boolean corregir(String nuevoNombre, String nuevaDescripcion, String nuevaEtiqueta, boolean requerido,
            String quien) {
        String n = nombreValido(nuevoNombre);
        String d = descripcionValida(nuevaDescripcion);
        String e = Textos.limpio(nuevaEtiqueta);
        boolean cambiaObjeto = !java.util.Objects.equals(e, etiquetaObjeto) || requerido != objetoRequerido;
        if (cambiaObjeto) {
            ReglaIncumplida.exigir(!delPlan, "etiquetaObjeto",
                    Texto.de("actividades.objetoTipoPlanNo"));
            definirObjeto(e, requerido);
        }
        boolean cambia = cambiaObjeto || !n.equals(nombre) || !java.util.Objects.equals(d, descripcion);
        nombre = n;
        descripcion = d;
        if (cambia) {
            marcar(quien);
        }
        return cambia;
    }

    public void desactivar(String quien) {
        ReglaIncumplida.exigir(activo, "activo", Texto.de("actividades.tipoActividadYaDesactivado"));
        activo = false;
        marcar(quien);
    }

    public void activar(String quien) {
        ReglaIncumplida.exigir(!activo, "activo", Texto.de("actividades.tipoActividadYaActivo"));
        activo = true;
        marcar(quien);
    }

    /** Valida el objeto de una actividad de este tipo y lo devuelve limpio (o null). */
    String objetoValido(String objeto) {
        String o = Textos.limpio(objeto);
        if (etiquetaObjeto == null) {
            ReglaIncumplida.exigir(o == null, "objeto", Texto.de("actividades.actividadesTipoNoLlevan", nombre));
            return null;
        }
        ReglaIncumplida.exigir(!objetoRequerido || o != null, "objeto",
                Texto.de("actividades.escribaObjetoActividad", etiquetaObjeto.toLowerCase(Locale.ROOT)));
        ReglaIncumplida.exigir(o == null || o.length() <= 200, "objeto",
                Texto.de("actividades.objetoNoPuedePasar"));
        return o;
    }

    private void definirObjeto(String etiqueta, boolean requerido) {
        String e = Textos.limpio(etiqueta);
        ReglaIncumplida.exigir(e == null || e.length() <= 120, "etiquetaObjeto",
                Texto.de("actividades.etiquetaObjetoNoPuede"));
        ReglaIncumplida.exigir(!requerido || e != null, "etiquetaObjeto",
                Texto.de("actividades.exigirObjetoDigaP"));
        etiquetaObjeto = e;
        objetoRequerido = requerido;
    }

    private void marcar(String quien) {
        anotarCambio(quien);
    }

    private static String nombreValido(String nombre) {
        String n = Textos.limpio(nombre);
        ReglaIncumplida.exigir(n != null, "nombre", Texto.de("actividades.escribaNombreTipoActividad"));
        ReglaIncumplida.exigir(n.length() <= 200, "nombre", Texto.de("actividades.nombreNoPuedePasar"));
        return n;
    }

    private static String descripcionValida(String descripcion) {
        String d = Textos.limpio(descripcion);
        ReglaIncumplida.exigir(d == null || d.length() <= 500, "descripcion",
                Texto.de("actividades.descripcionTipoMuyLarga"));
        return d;
    }

    public Long getId() {
        return id;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public String getEtiquetaObjeto() {
        return etiquetaObjeto;
    }

    public boolean isLlevaObjeto() {
        return etiquetaObjeto != null;
    }

    public boolean isObjetoRequerido() {
        return objetoRequerido;
    }

    public boolean isDelPlan() {
        return delPlan;
    }

    public String getIndicador() {
        return indicador;
    }

    public boolean isActivo() {
        return activo;
    }
}
