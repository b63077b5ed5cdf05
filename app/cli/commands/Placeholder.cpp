namespace factora::cli {}
