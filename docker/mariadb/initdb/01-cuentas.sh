#!/bin/bash
# Prepara MariaDB para Ruta y Keycloak. La imagen oficial de MariaDB ejecuta los *.sh y *.sql de
# /docker-entrypoint-initdb.d una sola vez: cuando el volumen de datos está vacío (primer arranque).
# Si después se cambian las claves en .env, aquí no cambian: hay que usar ALTER USER a mano.
#
#   ruta              base de Ruta (utf8mb4)
#   ruta_propietario  dueño del esquema: ALL sobre ruta.* (Flyway migra con esta cuenta)
#   ruta_app          la aplicación: solo SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES sobre ruta.*
#                     (sin DDL ni TRIGGER: no puede quitar los disparadores que protegen la auditoría)
#   keycloak          base y cuenta de Keycloak. Keycloak documenta que en MySQL/MariaDB no admite utf8mb4
#                     para su esquema; se crea con utf8mb3 como indica su guía.
#
# Las claves llegan como variables de entorno del contenedor mariadb (desde docker/.env). La imagen puede
# ejecutar este archivo o cargarlo con «source»: funciona de las dos formas y no cambia las opciones del
# shell que lo carga.

: "${MARIADB_ROOT_PASSWORD:?Falta MARIADB_ROOT_PASSWORD}"
: "${RUTA_DB_CLAVE:?Falta RUTA_DB_CLAVE (clave de ruta_app)}"
: "${RUTA_DB_MIGRACION_CLAVE:?Falta RUTA_DB_MIGRACION_CLAVE (clave de ruta_propietario)}"
: "${KEYCLOAK_DB_CLAVE:?Falta KEYCLOAK_DB_CLAVE (clave de la cuenta keycloak)}"

# Una cadena como literal SQL entre comillas simples (duplica ' y escapa \).
ruta_literal_sql() {
    local valor=${1//\\/\\\\}
    valor=${valor//\'/\'\'}
    printf "'%s'" "$valor"
}

echo "[01-cuentas] creando las bases ruta y keycloak y las cuentas ruta_propietario, ruta_app y keycloak"
MYSQL_PWD="$MARIADB_ROOT_PASSWORD" mariadb --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS ruta CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'ruta_propietario'@'%' IDENTIFIED BY $(ruta_literal_sql "$RUTA_DB_MIGRACION_CLAVE");
GRANT ALL PRIVILEGES ON ruta.* TO 'ruta_propietario'@'%';

CREATE USER IF NOT EXISTS 'ruta_app'@'%' IDENTIFIED BY $(ruta_literal_sql "$RUTA_DB_CLAVE");
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES ON ruta.* TO 'ruta_app'@'%';

CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY $(ruta_literal_sql "$KEYCLOAK_DB_CLAVE");
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
