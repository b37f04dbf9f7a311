import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_25('hello') == 'gdkkn', "'hello'"
assert solution.caesar_25('xyz') == 'wxy', "'xyz'"
assert solution.caesar_25('loopwright') == 'knnovqhfgs', "'loopwright'"
