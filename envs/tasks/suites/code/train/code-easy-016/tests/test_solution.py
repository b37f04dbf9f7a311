import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_25(22) == 550, '22'
assert solution.mul_25(-16) == -400, '-16'
assert solution.mul_25(44) == 1100, '44'
assert solution.mul_25(50) == 1250, '50'
