"""The desktop app: Qt lives here and nowhere else."""
