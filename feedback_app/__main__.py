from feedback_app.cli import main

main()
