#!/usr/bin/env bash
echo 3614957414011408 > /workspace/answer.txt
