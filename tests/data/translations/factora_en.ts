<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CL">
<context>
    <name>Fixture</name>
    <message>
        <source>Cadena traducida</source>
        <translation>Translated string</translation>
    </message>
</context>
</TS>
