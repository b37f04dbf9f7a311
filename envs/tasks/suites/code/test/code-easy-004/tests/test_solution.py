import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_44(77) == 3388, '77'
assert solution.mul_44(18) == 792, '18'
assert solution.mul_44(43) == 1892, '43'
assert solution.mul_44(83) == 3652, '83'
