"""Haven's Spanish demo articles: written in Spanish by the team for Spanish-speaking readers,
not translations of the English ones. Formal "usted" throughout. articles/demo_es.py seeds them."""

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
