import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_16(-10) == -160, '-10'
assert solution.mul_16(28) == 448, '28'
assert solution.mul_16(1) == 16, '1'
assert solution.mul_16(21) == 336, '21'
