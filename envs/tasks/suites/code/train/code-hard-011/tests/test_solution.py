import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.fib_mod_250(0) == 0, '0'
assert solution.fib_mod_250(1) == 1, '1'
assert solution.fib_mod_250(10) == 55, '10'
assert solution.fib_mod_250(30) == 40, '30'
