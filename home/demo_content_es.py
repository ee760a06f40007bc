"""Haven's Spanish demo content: written in Spanish by the team for Spanish-speaking readers,
not a translation of the English pages. Formal "usted" throughout. home/demo_es.py seeds the
pages; the articles are in articles/demo_content/es.py."""

HOME = {
    "title": "Haven en español",
    "slug": "inicio",
    "hero_heading": "Apoyo para quienes cuidan de los demás",
    "hero_intro": (
        "Artículos claros sobre el agotamiento, la ansiedad y la recuperación, un directorio de "
        "programas de tratamiento que puede filtrar por idioma y una forma confidencial de "
        "hablar con nuestro equipo de admisiones."
    ),
    "directory_prompt": "Encuentre un programa cerca de usted",
    "inquiry_heading": "Hable con nuestro equipo de admisiones",
    "inquiry_text": (
        "Cuéntenos en pocas palabras qué busca. Una persona de admisiones le responde en un día "
        "hábil, y lo que nos envíe no se comparte con nadie."
    ),
}

INQUIRY = {
    "title": "Pedir ayuda",
    "slug": "pedir-ayuda",
    "seo_title": "Pedir ayuda: una consulta confidencial",
    "search_description": "Envíe una consulta confidencial al equipo de admisiones de Haven.",
    "intro": (
        "<p>Con unos pocos datos basta para empezar. Una persona de nuestro equipo de admisiones "
        "le contestará en un día hábil, muchas veces antes. Comparta solo lo que le resulte "
        "cómodo; puede escribirnos en español.</p>"
    ),
    "privacy_notice": (
        "<p>Lo que nos envía se guarda cifrado y solo lo ve nuestro personal de admisiones. Lo "
        "usamos para responderle y buscar un programa adecuado, nunca con fines publicitarios. "
        "Borramos las consultas cerradas a los seis meses, y nuestros avisos internos no "
        "incluyen sus datos.</p>"
    ),
    "thank_you_text": (
        "<p>Una persona de admisiones se comunicará con usted en un día hábil, por el medio que "
        "eligió. Le hará algunas preguntas, le explicará qué programas podrían servirle y le "
        "ayudará a revisar su seguro. Hablar con nosotros no le compromete a nada.</p>"
    ),
}

DIRECTORY = {
    "title": "Encontrar un programa",
    "slug": "programas",
    "intro": (
        "Programas intensivos ambulatorios, de día y virtuales. Puede filtrar por idioma para "
        "ver los que tienen personal que habla español. Cada ficha dice cuándo se verificó."
    ),
}

ARTICLE_INDEX = {
    "title": "Artículos",
    "slug": "articulos",
    "intro": (
        "<p>Artículos sencillos sobre el agotamiento, la ansiedad, la depresión y cómo elegir "
        "un tratamiento, revisados por profesionales clínicos.</p>"
    ),
    "search_description": "Artículos en español sobre salud mental, revisados por clínicos.",
}
