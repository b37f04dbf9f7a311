import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_8('hello') == 'pmttw', "'hello'"
assert solution.caesar_8('xyz') == 'fgh', "'xyz'"
assert solution.caesar_8('loopwright') == 'twwxezqopb', "'loopwright'"
