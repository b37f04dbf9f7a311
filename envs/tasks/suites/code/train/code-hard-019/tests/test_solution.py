import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.fib_mod_279(0) == 0, '0'
assert solution.fib_mod_279(1) == 1, '1'
assert solution.fib_mod_279(10) == 55, '10'
assert solution.fib_mod_279(30) == 62, '30'
