namespace factora::ui {}
