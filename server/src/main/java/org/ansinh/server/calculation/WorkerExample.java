package org.ansinh.server.calculation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The example body the API documentation offers: an employee on a 12-month contract at 10,000,000
 * đồng in region I, March 2024 (policy-vn tests/social_insurance/compulsory.yaml, first case).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(
    description = "persons and households by id; variables as {period: value}; null = compute",
    content =
        @Content(
            mediaType = "application/json",
            examples =
                @ExampleObject(
                    name = "employee",
                    value =
                        """
                        {"persons": {"worker": {
                          "birth_date": "1989-01-15",
                          "employment_status": {"2024-03": "EMPLOYEE"},
                          "labour_contract_months": {"2024-03": 12},
                          "monthly_wage": {"2024-03": 10000000},
                          "workplace_region": {"2024-03": 1},
                          "si_employee_contribution": {"2024-03": null},
                          "si_employer_contribution": {"2024-03": null}}},
                         "households": {"home": {"head": "worker"}}}
                        """)))
@interface WorkerExample {}
