"""Haven's Spanish demo content: written in Spanish by the team for Spanish-speaking readers,
not a translation of the English pages. Formal "usted" throughout. home/demo_es.py seeds it."""

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

# The headings the article blocks carry in Spanish (articles/demo.py's stream()).
LABELS = {
    "faq": "Preguntas frecuentes",
    "takeaways": "Lo más importante",
    "sources": "Fuentes",
    "button": "Enviar una consulta confidencial",
}

ARTICLES = [
    {
        "slug": "cuando-cuidar-agota",
        "title": "Cuando cuidar a otros le deja sin fuerzas",
        "summary": "Enfermeras, cuidadoras y trabajadores sociales suelen pedir ayuda los últimos. "
        "Estas señales indican que el cansancio ya no es normal y que hablar con alguien puede "
        "ayudar.",
        "topics": ["burnout", "helping-professionals"],
        "audiences": ["helping-professionals", "healthcare-workers"],
        "author": "Maya Okafor",
        "reviewer": "Priya Natarajan",
        "days_ago": 6,
        "body": [
            (
                "p",
                "Quien trabaja cuidando a otras personas aprende a aguantar. Turnos largos, "
                "pacientes difíciles, familias que esperan respuestas. Aguantar funciona un "
                "tiempo, pero el cuerpo y el ánimo acaban pasando factura.",
            ),
            ("h", "Señales de que el cansancio ya es otra cosa"),
            (
                "ul",
                [
                    "Descansar el fin de semana ya no le devuelve la energía",
                    "Siente distancia o irritación con las personas a las que atiende",
                    "Le cuesta dormir aunque llegue agotado a casa",
                    "Piensa en dejar la profesión casi todos los días",
                ],
            ),
            ("h", "Qué puede hacer esta semana"),
            (
                "p",
                "Hable con una persona de confianza sobre cómo está, no solo sobre el trabajo. "
                "Si tiene un programa de ayuda al empleado, llame y pregunte qué ofrece. Y si el "
                "malestar dura más de dos semanas, consulte con un profesional de salud mental.",
            ),
            ("crisis",),
            (
                "faq",
                [
                    (
                        "¿El agotamiento es lo mismo que la depresión?",
                        "No siempre. El agotamiento suele estar ligado al trabajo y mejora al "
                        "cambiar las condiciones. La depresión afecta a todos los ámbitos de la "
                        "vida. Un profesional puede ayudarle a distinguirlos.",
                    ),
                    (
                        "¿Puedo recibir tratamiento sin dejar de trabajar?",
                        "Sí. Muchos programas intensivos ambulatorios tienen sesiones por la "
                        "tarde o en línea, pensadas para personas con turnos.",
                    ),
                    (
                        "¿Hay programas con personal que hable español?",
                        "Sí. En nuestro directorio puede filtrar por idioma y ver solo los "
                        "programas con personal que habla español.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "que-es-un-programa-intensivo-ambulatorio",
        "title": "¿Qué es un programa intensivo ambulatorio?",
        "summary": "Un programa intensivo ambulatorio ofrece varias horas de terapia a la semana "
        "sin dejar de dormir en casa. Le explicamos cómo es una semana y para quién sirve.",
        "topics": ["choosing-care", "virtual-iop"],
        "audiences": ["public", "loved-ones"],
        "author": "Daniel Reyes",
        "reviewer": "Priya Natarajan",
        "days_ago": 12,
        "body": [
            (
                "p",
                "Entre la terapia de una hora a la semana y el ingreso en un hospital hay un "
                "punto intermedio: el programa intensivo ambulatorio, conocido en inglés como "
                "IOP.",
            ),
            ("h", "Cómo es una semana"),
            (
                "p",
                "Lo habitual son tres a cinco días por semana, unas tres horas cada día. Hay "
                "terapia en grupo, sesiones individuales y, si hace falta, control de la "
                "medicación. Muchos programas se pueden hacer en línea desde casa.",
            ),
            ("h", "Para quién es"),
            (
                "ul",
                [
                    "Personas a las que la terapia semanal ya no les alcanza",
                    "Quienes salen del hospital y necesitan un paso intermedio",
                    "Quienes quieren seguir trabajando o estudiando mientras se tratan",
                ],
            ),
            (
                "p",
                "Si necesita más apoyo todavía, existe la hospitalización parcial: un programa "
                "de día completo, la mayoría de los días, volviendo a casa a dormir.",
            ),
        ],
    },
    {
        "slug": "acompanar-a-un-familiar-con-depresion",
        "title": "Cómo acompañar a un familiar con depresión",
        "summary": "Estar cerca de alguien con depresión cansa y preocupa. Algunas ideas para "
        "apoyar sin cargar con todo y para saber cuándo buscar ayuda urgente.",
        "topics": ["depression"],
        "audiences": ["loved-ones"],
        "author": "Maya Okafor",
        "reviewer": "Priya Natarajan",
        "days_ago": 20,
        "body": [
            (
                "p",
                "En muchas familias se habla poco de la salud mental. Cuando alguien querido "
                "está deprimido, es normal no saber qué decir ni por dónde empezar.",
            ),
            ("h", "Lo que suele ayudar"),
            (
                "ul",
                [
                    "Escuchar sin corregir ni dar consejos enseguida",
                    "Ofrecer ayuda concreta: acompañar a una cita, cocinar, hacer una llamada",
                    "Recordarle que la depresión se trata y que pedir ayuda no es debilidad",
                ],
            ),
            ("h", "Cuídese usted también"),
            (
                "p",
                "Acompañar no significa hacerlo todo. Busque a otras personas que compartan el "
                "cuidado y hable con alguien sobre cómo se siente usted.",
            ),
            ("crisis",),
        ],
    },
    {
        "slug": "ansiedad-senales-y-primeros-pasos",
        "title": "Ansiedad: señales y primeros pasos",
        "summary": "La ansiedad es frecuente y tiene tratamiento. Cómo reconocerla, qué puede "
        "probar hoy mismo y cuándo conviene consultar.",
        "topics": ["anxiety"],
        "audiences": ["public"],
        "author": "Daniel Reyes",
        "reviewer": "Priya Natarajan",
        "days_ago": 30,
        "body": [
            (
                "p",
                "Preocuparse de vez en cuando es parte de la vida. La ansiedad es otra cosa "
                "cuando la preocupación no se apaga, ocupa buena parte del día y le impide hacer "
                "lo que quiere.",
            ),
            ("h", "Señales frecuentes"),
            (
                "ul",
                [
                    "Tensión en el cuerpo, palpitaciones o falta de aire",
                    "Pensamientos que dan vueltas sin parar, sobre todo de noche",
                    "Evitar lugares o situaciones por miedo a sentirse mal",
                ],
            ),
            ("h", "Primeros pasos"),
            (
                "p",
                "Respirar despacio, moverse un poco cada día y reducir la cafeína ayudan a "
                "muchas personas. Si la ansiedad dura semanas o le impide trabajar, la terapia "
                "cognitivo-conductual es un tratamiento con buenos resultados.",
            ),
        ],
    },
]
