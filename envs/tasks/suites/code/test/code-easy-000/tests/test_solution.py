import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_50(26) == 1300, '26'
assert solution.mul_50(25) == 1250, '25'
assert solution.mul_50(52) == 2600, '52'
assert solution.mul_50(81) == 4050, '81'
