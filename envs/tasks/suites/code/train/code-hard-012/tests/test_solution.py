import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_4('hello') == 'lipps', "'hello'"
assert solution.caesar_4('xyz') == 'bcd', "'xyz'"
assert solution.caesar_4('loopwright') == 'psstavmklx', "'loopwright'"
