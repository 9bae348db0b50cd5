package co.gov.cartagena.ruta.indicadores.generador;

import java.util.List;
import java.util.Map;

/** Nombres, barrios y lugares de Cartagena con los que el generador arma registros verosímiles. */
final class Catalogos {

    private Catalogos() {
    }

    static final List<String> NOMBRES_MUJER = List.of("María", "Luz", "Ana", "Carmen", "Yuleidis", "Yesenia", "Daniela",
            "Valentina", "Sofía", "Isabella", "Katherine", "Leidy", "Yulieth", "Marcela", "Rosa", "Dayana", "Paola",
            "Andrea", "Liliana", "Mildred", "Yarleidis", "Keila", "Osiris", "Yomaira", "Nayibe", "Ingrid", "Zully",
            "Lorena", "Gabriela", "Mariana", "Luisa", "Estefanía", "Ruth", "Nelly", "Gloria", "Candelaria", "Eneida",
            "Yaneth", "Shirley", "Karen");
    static final List<String> NOMBRES_HOMBRE = List.of("José", "Luis", "Carlos", "Jorge", "Andrés", "Juan", "Rafael",
            "Jaime", "Alfredo", "Wilmer", "Yeison", "Jhon", "Kevin", "Breiner", "Sebastián", "Santiago", "Samuel",
            "Alejandro", "Eduardo", "Rubén", "Arnulfo", "Manuel", "Ramiro", "Édgar", "Álvaro", "Orlando", "Hernando",
            "Dairo", "Elkin", "Robinson", "Miguel", "David", "Daniel", "Camilo", "Fabián", "Harold", "Yair", "Moisés",
            "Efraín", "Hugo");
    static final List<String> APELLIDOS = List.of("Pérez", "Martínez", "González", "Rodríguez", "Gómez", "Díaz",
            "Herrera", "Castro", "Julio", "Marrugo", "Cassiani", "Caraballo", "Barrios", "Berrío", "Orozco", "Puello",
            "Simancas", "Cabarcas", "Pájaro", "Batista", "Mercado", "Torres", "Ramos", "Morales", "Guerrero",
            "Villalba", "Salgado", "Padilla", "Tapia", "Blanco", "Polo", "Zúñiga", "Valdez", "Olivo", "Romero",
            "Contreras", "Meza", "Arrieta", "Acosta", "Estrada", "Hernández", "Ruiz", "Cantillo", "De Ávila",
            "Miranda", "Salas", "Beltrán", "Teherán", "Pacheco", "Rivera", "Vásquez", "Sierra", "Cuesta", "Ospino",
            "Bolaño", "Reyes", "Montes", "Lambis", "Atencia", "Ortega");

    /** Barrios reales por localidad (Acuerdo 006 de 2003 y el POT de Cartagena). */
    static final Map<String, List<String>> BARRIOS = Map.of(
            "Histórica y del Caribe Norte", List.of("Centro", "Getsemaní", "San Diego", "Manga", "Pie de la Popa",
                    "Bocagrande", "Castillogrande", "El Cabrero", "Marbella", "Crespo", "Torices", "Canapote",
                    "Daniel Lemaitre", "Santa María", "Siete de Agosto", "Lo Amador", "Nariño", "Pie del Cerro",
                    "Espinal", "La Boquilla", "Chambacú", "San Francisco", "Petares", "Palestina", "Tierra Bomba"),
            "De la Virgen y Turística", List.of("Olaya Herrera", "El Pozón", "Boston", "La María", "La Candelaria",
                    "Pablo VI", "República del Líbano", "Fredonia", "Nuevo Paraíso", "Chiquinquirá", "Las Gaviotas",
                    "Los Alpes", "Villa Olímpica", "Tesca", "Villa Estrella", "Las Américas", "Trece de Junio",
                    "Bayunca", "Pontezuela", "La Esperanza", "Rafael Núñez", "Paraíso II", "Primero de Mayo"),
            "Industrial y de la Bahía", List.of("El Bosque", "Ternera", "San Fernando", "Blas de Lezo", "El Socorro",
                    "Los Corales", "Nelson Mandela", "Policarpa", "Albornoz", "Pasacaballos", "Ceballos",
                    "Santa Lucía", "Bosquecito", "Manzanillo del Mar", "El Recreo", "La Consolata", "Villa Rosita",
                    "San Pedro Mártir", "Los Jardines", "Campestre", "Arroz Barato", "Puerta de Hierro",
                    "Villa Barraza", "Henequén"));

    static final List<String> LOCALIDADES = List.of("Histórica y del Caribe Norte", "De la Virgen y Turística",
            "Industrial y de la Bahía");

    /** Peso de cada localidad (población aproximada). */
    static final double[] PESO_LOCALIDAD = {0.27, 0.40, 0.33};

    static final List<String> DISCAPACIDADES = List.of("Física", "Visual", "Auditiva", "Intelectual", "Psicosocial",
            "Múltiple");

    static final List<String> INSTITUCIONES = List.of("I. E. Soledad Acosta de Samper", "I. E. Olga González Arraut",
            "I. E. Nuestra Señora del Carmen", "I. E. de Ternera", "I. E. Nuevo Bosque", "I. E. San Juan de Damasco",
            "I. E. Técnica de Pasacaballos", "I. E. La Boquilla", "I. E. Fernández Baena", "I. E. Foco Rojo",
            "I. E. Manuela Vergara de Curi", "I. E. José de la Vega");

    static final List<String> ESTABLECIMIENTOS = List.of("Establecimiento Penitenciario de Mediana Seguridad y"
            + " Carcelario de Cartagena (Ternera)", "Reclusión de Mujeres de Cartagena",
            "Centro de Atención Especializada del SRPA (Turbaco)");

    static final List<String> UNIDADES_PRODUCTIVAS = List.of("Tienda de barrio", "Venta de fritos", "Taller de confección",
            "Peluquería y barbería", "Pesca artesanal", "Carpintería", "Venta de minutos y recargas",
            "Panadería artesanal", "Taller de motos", "Artesanías en palma de iraca", "Cría de pollos de engorde",
            "Venta de comidas rápidas");

    static final List<String> MOTIVOS_RETIRO = List.of("Cambio de domicilio fuera del Distrito",
            "Dejó de asistir a las sesiones", "Decisión propia", "Ingresó a otro programa", "Inicio de vida laboral");

    static final List<String> MOTIVOS_CIERRE = List.of("Se cumplió el objetivo de la atención",
            "La persona no volvió a comparecer", "Remitido a la entidad competente", "Desistimiento",
            "Fin del proceso");

    static final List<String> MOTIVOS_ANULACION = List.of("Registro duplicado", "Error de digitación en la ruta",
            "Caso abierto por error en otra sede");

    /** Objetos de las actividades, por la etiqueta del tipo (se escriben a veces con otras mayúsculas o sin tildes). */
    static final Map<String, List<String>> OBJETOS = Map.of(
            "Entorno urbano", List.of("Parque de El Pozón", "Cancha de Olaya Herrera", "Parque de Ternera",
                    "Plazoleta de Bazurto", "Parque Espíritu del Manglar", "Cancha de Nelson Mandela",
                    "Parque de San Fernando", "Caño Juan Angola en Torices", "Parque de La María",
                    "Cancha de Pasacaballos", "Parque de Boston", "Parque de Blas de Lezo", "Cancha de Fredonia",
                    "Plaza de Getsemaní", "Parque de Los Corales", "Cancha de La Boquilla",
                    "Parque del Bosque", "Parque de Chiquinquirá", "Cancha de Nuevo Paraíso",
                    "Parque de Villa Estrella"),
            "Escuela", List.of("Escuela de convivencia de El Pozón", "Escuela de convivencia de Olaya Herrera",
                    "Escuela de convivencia de Nelson Mandela", "Escuela de convivencia de Pasacaballos",
                    "Escuela de convivencia de La Boquilla", "Escuela de convivencia de San Fernando",
                    "Escuela de convivencia de Boston", "Escuela de convivencia de Ternera"),
            "Grupo", List.of("Gestores DD. HH. Localidad 1", "Gestores DD. HH. Localidad 2",
                    "Gestores DD. HH. Localidad 3", "Gestores DD. HH. Jóvenes", "Gestores DD. HH. Mujeres"),
            "Estrategia", List.of("Cartagena sin trata", "Jóvenes con derechos", "Segundas oportunidades",
                    "Derechos en mi barrio", "Rutas seguras"),
            "Iniciativa", List.of("Galería de la memoria de Mampuján", "Mural de la memoria de El Pozón",
                    "Costurero de la memoria", "Archivo oral de víctimas de Nelson Mandela",
                    "Festival de la memoria afro", "Lugar de memoria de La Boquilla"));

    static String lugar(int i, String barrio) {
        return switch (i % 4) {
            case 0 -> "Salón comunal de " + barrio;
            case 1 -> "Parque de " + barrio;
            case 2 -> "Institución educativa de " + barrio;
            default -> "Casa de la cultura de " + barrio;
        };
    }
}
