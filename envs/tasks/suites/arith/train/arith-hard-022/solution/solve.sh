#!/usr/bin/env bash
echo 976443739626310 > /workspace/answer.txt
